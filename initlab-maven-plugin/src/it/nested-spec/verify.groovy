import groovy.json.JsonSlurper

// split on every comma, the old parser failed with "'lsuv' has no key 'nonlinearity'"
def log = new File(basedir, 'build.log').text
assert !log.contains("has no key 'nonlinearity'")
def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
def e = results.experiments[0]
String base = 'kaiming_normal(mode=fan_out, nonlinearity=relu)'
String lsuv = 'lsuv(base=' + base + ', tol=0.01)'
assert e.runs*.initializer == [base, lsuv]
def plain = e.runs[0].layers[0]
def refined = e.runs[1].layers[0]
// the same draw (seed 7), only rescaled: LSUV's first-layer weights are the base's times one factor
double factor = refined.weights.std / plain.weights.std
assert Math.abs(refined.weights.mean - factor * plain.weights.mean) < 1e-9 * Math.max(1, Math.abs(refined.weights.mean))
assert Math.abs(factor - 1) > 0.05 : "the data (std 3) should need rescaling, factor ${factor}"
double var = refined.pre.std * refined.pre.std
assert Math.abs(var - 1) < 0.01 : "Var(pre) at layer 1 is ${var}"
assert e.claims.size() == 1
assert e.claims[0].holds == true && e.claims[0].passed == true : e.claims[0]
return true
