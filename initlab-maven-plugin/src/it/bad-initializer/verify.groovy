def log = new File(basedir, 'build.log').text
assert log.contains("experiment 'typo' <initializers>[1]: unknown initializer 'kaiming_nromal' (did you mean 'kaiming_normal'?)")
assert !new File(basedir, 'target/initlab').exists() : 'a failed build writes no report'
return true
