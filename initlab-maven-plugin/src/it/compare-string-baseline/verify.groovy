def log = new File(basedir, 'build.log').text
assert log.contains("initlab: baseline (parameter baseline, property initlab.baseline): cannot read the baseline 'baseline'; tried:")
assert log.contains('experiments[0].runs[0].layers[0].weights.count: expected a number, got the string "')
assert !log.contains('0 changes') : 'a broken baseline is not read as 0 changes'
assert !new File(basedir, 'target/initlab/compare').exists() : 'no comparison is published from it'
return true
