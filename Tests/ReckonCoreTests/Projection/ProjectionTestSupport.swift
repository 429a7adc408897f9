/// Relative error |a − b| / |b| used by the projection and roadmap tests.
func projectionRelativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }
