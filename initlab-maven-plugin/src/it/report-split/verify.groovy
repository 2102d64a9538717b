import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('test set split(fraction=0.2, seed=7): 40 rows held out, 160 trained on')
def e = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json')).experiments[0]
assert e.dataset == 'circles(samples=200, noise=0.1, seed=1)'
assert e.configuration.training.testDataset.spec == 'split(fraction=0.2, seed=7)'
def training = e.runs[0].training
assert training.testAccuracy instanceof Number
// accuracies are fractions of 40 test and 160 training rows
assert Math.abs(training.testAccuracy * 40 - Math.round(training.testAccuracy * 40)) < 1e-9
assert Math.abs(training.trainAccuracy * 160 - Math.round(training.trainAccuracy * 160)) < 1e-9
assert e.claims[0].passed
return true
