// The classic suite reads the real Abalone and MNIST files. Run where they are cached already, on
// CI (which always has them), or where their canonical hosts answer; skip, saying why, on a machine
// that has neither the files nor the network (a fresh clone offline).
def datasets = new File(initlabDatasets)
def cached = ['abalone/abalone.data', 'mnist/train-images-idx3-ubyte.gz', 'mnist/t10k-images-idx3-ubyte.gz']
        .every { new File(datasets, it).isFile() }
if (cached || System.getenv('CI') == 'true') {
    return true
}
def reachable = { String url ->
    try {
        def c = (HttpURLConnection) new URL(url).openConnection()
        c.requestMethod = 'HEAD'
        c.connectTimeout = 5000
        c.readTimeout = 5000
        c.responseCode < 500
    } catch (IOException e) {
        false
    }
}
if (reachable('https://archive.ics.uci.edu/') && reachable('https://ossci-datasets.s3.amazonaws.com/mnist/')) {
    return true
}
println "report-classic skipped: no Abalone/MNIST copies in ${datasets} and their download hosts are unreachable"
return false
