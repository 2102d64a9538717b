def log = new File(basedir, 'build.log').text
assert log.contains('initlab: 1 figure moved beyond its threshold against the baseline:')
assert log.contains('two kaiming_normal(nonlinearity=relu) + relu layer 1 post.std: ')
assert log.contains('failOnChange is set')
assert new File(basedir, 'target/initlab/compare/compare.json').isFile() : 'the comparison is written before the build fails'
return true
