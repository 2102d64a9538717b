def log = new File(basedir, 'build.log').text
assert log.contains('initlab: Plan: 2 experiment(s), 5 run(s); nothing computed')
assert log.contains('initlab: [1/2] deep (activations) on gaussian(rows=100, cols=20, seed=0): layers 20,20,20; 4 run(s), 1 claim(s)')
assert log.contains('initlab:     lsuv(base=kaiming_normal(mode=fan_out, nonlinearity=relu)) / relu')
assert log.contains('initlab: [2/2] points (training) on csv(path=data/points.csv, target=y)')
assert !log.contains('initlab: Running') : 'check computes nothing'
assert !new File(basedir, 'target/initlab').exists() : 'check writes no report'
assert !new File(basedir, 'target/initlab-cache').exists() : 'check writes no cache'
return true
