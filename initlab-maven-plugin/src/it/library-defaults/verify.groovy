import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
def runs = results.experiments[0].runs
assert runs*.initializer == ['torch:default', 'keras:default', 'dl4j:default']
// one 300 → 200 layer: torch U(±1/√300) has std 1/√900; Glorot (Keras, DL4J's XAVIER) √(2/500)
def std = runs.collect { it.layers[0].weights.std as double }
assert Math.abs(std[0] / (1 / Math.sqrt(900)) - 1) < 0.02 : "torch:default std ${std[0]}"
assert Math.abs(std[1] / Math.sqrt(2 / 500d) - 1) < 0.02 : "keras:default std ${std[1]}"
assert Math.abs(std[2] / Math.sqrt(2 / 500d) - 1) < 0.02 : "dl4j:default std ${std[2]}"
def max = runs[0].layers[0].weights.max as double
assert max <= 1 / Math.sqrt(300) && max > 0.99 / Math.sqrt(300) : "torch:default max ${max}"

def catalogue = new File(basedir, 'target/initlab/catalogue.html').text
assert catalogue.contains('id="init-torch-default"')
assert catalogue.contains('Bias: U(±1/√fan_in), drawn after the weights')
assert catalogue.contains('id="init-keras-default"') && catalogue.contains('id="init-dl4j-default"')
assert catalogue.contains('Bias: zeros, drawn after the weights')
return true
