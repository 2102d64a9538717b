def log = new File(basedir, 'build.log').text
assert log.contains('initlab: bad configuration: 5 problems:')
assert log.contains("- experiments[1].id: 'history' is reserved")
assert log.contains("- experiment 'history' <initializers>[1]: unknown initializer 'xavier_nromal' (did you mean 'xavier_normal'?)")
assert log.contains("- experiment 'second' <claims>[1] <expected>: expected true or false, got 'maybe'")
assert log.contains("- experiment 'second' <dataset>: csv file ") && log.contains('missing.csv does not exist')
assert log.contains("- experiment 'second' <claims>[1]") && log.contains('layer 3 is out of range')
assert log.contains('initlab-maven-plugin') && log.contains(':check (plan)') : 'the check execution fails'
assert !log.contains(':report (run)') : 'the report never starts'
assert !new File(basedir, 'target/initlab').exists()
return true
