def log = new File(basedir, 'build.log').text
assert log.contains("outputDirectory (property initlab.outputDirectory): ${new File(basedir, 'docs').canonicalPath}"
        + " is not empty and was not written by initlab (it contains about.md); initlab replaces only folders that carry"
        + " its marker .initlab")
evaluate(new File(basedir, '../../../src/it/intact.groovy')).call(basedir)
return true
