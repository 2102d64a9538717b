import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
def e = results.experiments[0]
assert e.configuration.network == "conv2d(out=4, kernel=3, padding=1), maxpool(k=2), residual(block='conv2d(out=4, kernel=3, padding=1), batchnorm'), flatten, dense(n=10)"
def layers = e.runs[0].layers
assert layers.collect { it.layer + ' ' + it.shape } == ['conv2d(out=4, kernel=3, padding=1) 4×12×12', 'maxpool(k=2) 4×6×6',
        'conv2d(out=4, kernel=3, padding=1) 4×6×6', 'batchnorm 4×6×6',
        "residual(block='conv2d(out=4, kernel=3, padding=1), batchnorm') 4×6×6", 'flatten 144', 'dense(n=10) 10']
assert layers[0].fanIn == 9 && layers[0].weights.count == 36
assert layers[1].weights == null
assert e.claims[0].passed
def page = new File(basedir, 'target/initlab/experiments/small-cnn.html').text
assert page.contains('2 maxpool(k=2) → 4×6×6')
return true
