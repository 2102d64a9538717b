// Shared by the ITs where initlab must refuse to write: every file of the project is still there,
// byte for byte as in src/it/<name> (pom.xml is interpolated, so it is compared without its
// @...@ values), and nothing was added but the build log (and the empty .mvn/ the invoker makes).
return { File clone ->
    File original = new File(clone, '../../../src/it/' + clone.name).canonicalFile
    def files = { File root ->
        def found = [] as SortedSet
        root.eachFileRecurse { f -> if (f.isFile()) found << root.toPath().relativize(f.toPath()).toString() }
        found
    }
    def before = files(original) - ['verify.groovy', 'invoker.properties']
    def after = files(clone).findAll { !it.endsWith('build.log') } - ['verify.groovy', 'invoker.properties']
    assert after == before : "files added or removed: ${(after - before) + (before - after)}"
    before.each { String path ->
        byte[] was = new File(original, path).bytes
        byte[] is = new File(clone, path).bytes
        if (path.endsWith('pom.xml')) {
            assert new String(is, 'UTF-8').contains(new String(was, 'UTF-8').find(/<artifactId>[^@<]+<\/artifactId>/)) : path
        } else {
            assert is == was : "${path} changed"
        }
    }
    def dirs = [] as SortedSet
    clone.eachDirRecurse { d -> if (!(d.name == '.mvn' && d.list().length == 0)) dirs << clone.toPath().relativize(d.toPath()).toString() }
    def originalDirs = [] as SortedSet
    original.eachDirRecurse { d -> originalDirs << original.toPath().relativize(d.toPath()).toString() }
    assert dirs == originalDirs : "folders added or removed: ${(dirs - originalDirs) + (originalDirs - dirs)}"
    true
}
