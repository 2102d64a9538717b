def log = new File(basedir, 'build.log').text
assert log.contains('initlab: no baseline to compare with: set the parameter <baseline> (property initlab.baseline)')
return true
