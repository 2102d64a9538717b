import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
def e = results.experiments[0]
assert e.seed == 0
assert e.runs*.seed == [0, 1, 2] : "one run per seed, in order: ${e.runs*.seed}"
def claim = e.claims[0]
assert claim.seeds == 3
assert claim.fraction == 1
assert claim.minFraction == 0.5
assert claim.passed
def page = new File(basedir, 'target/initlab/experiments/three-seeds.html').text
assert page.contains('3 seeds; charts show seed 0; claims are checked on every seed')
assert page.contains('holds in 3 of 3 seeds')
return true
