def log = new File(basedir, 'build.log').text
assert log.contains('initlab: history (parameter history, property initlab.history): ')
assert log =~ /published.history\.json is not JSON \(truncated\?\)/
assert log.contains('set historyOnError (property initlab.historyOnError) to keep or restart')
assert !log.contains('initlab: Running ') : 'it fails before any experiment runs'
assert !new File(basedir, 'target/initlab').exists() : 'no report replaces the published one'
assert new File(basedir, 'published/history.json').length() > 0 : 'the published history is left as it was'
return true
