import groovy.json.JsonSlurper

File site = new File(basedir, 'target/site')
assert new File(site, 'initlab/index.html').isFile()
assert new File(site, 'initlab/experiments/small-tanh.html').isFile()
def results = new JsonSlurper().parse(new File(site, 'initlab/results.json'))
assert results.experiments*.id == ['small-tanh']
def reports = new File(site, 'project-reports.html').text
assert reports.contains('href="initlab/index.html"') : 'mvn site lists the report under Project Reports'
return true
