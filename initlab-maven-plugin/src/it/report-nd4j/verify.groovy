import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def resolved = log.readLines().findAll { it.contains('ND4J resolved for ') }
// once per Maven JVM, each naming the setting that needed it and a number of jars
assert resolved.size() == 2 : resolved
assert resolved[0] =~ /ND4J resolved for rng=nd4j: \d+ jars of org\.nd4j:nd4j-native:/
assert resolved[1] =~ /ND4J resolved for kernel=nd4j: \d+ jars of org\.nd4j:nd4j-native:/
int jars = (resolved[0] =~ /: (\d+) jars/)[0][1] as int
assert jars > 2 : 'nd4j-native, its natives and what they bring that the plugin lacks'

def rng = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json')).experiments[0]
assert rng.configuration.rng == 'nd4j' && rng.runs.size() == 1
assert rng.runs[0].layers.size() == 2 && rng.runs[0].layers[0].weights.std > 0

def kernel = new JsonSlurper().parse(new File(basedir, 'target/initlab-kernel/results.json')).experiments[0]
assert kernel.runs.size() == 1
assert kernel.configuration.rng == 'nd4j' && kernel.runs[0].layers.size() == 2 && kernel.runs[0].layers[1].post.std > 0
return true
