import { readFile } from "fs";
readFile("x");
