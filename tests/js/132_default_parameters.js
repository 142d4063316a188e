function greet(name, greeting = "hi") {
  return greeting + " " + name;
}
