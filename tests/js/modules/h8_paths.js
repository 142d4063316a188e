// Helper module: reports its own __filename/__dirname suffixes and whether it is require.main.
module.exports = {
  file: __filename.slice(__filename.lastIndexOf('/') + 1),
  dirEndsWithModules: __dirname.endsWith('modules'),
  fileStartsWithDir: __filename.startsWith(__dirname),
  isMain: require.main === module,
  mainIsDefined: typeof require.main,
  thisIsExports: this === module.exports,
  moduleType: typeof module,
  exportsIsModuleExports: exports === module.exports,
};
