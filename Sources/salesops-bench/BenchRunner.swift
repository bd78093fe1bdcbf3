import Foundation

/// Runs a workload several times and prints median, spread and peak memory.
struct BenchRunner {
    var runs: Int

    struct Measurement {
        var name: String
        var seconds: [Double]
        /// Mean CPU time per run, all threads: on a loaded machine a steadier figure than wall
        /// time, and CPU over wall time shows how many cores a parallel workload kept busy.
        var cpuSeconds: Double
        /// Work per run, for throughput lines ("MB", "events"...).
        var amount: Double?
        var unit: String?
    }

    func measure(_ name: String, amount: Double? = nil, unit: String? = nil, _ body: () throws -> Void) rethrows -> Measurement {
        var seconds: [Double] = []
        let cpuBefore = Self.cpuSeconds()
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let cpu = (Self.cpuSeconds() - cpuBefore) / Double(runs)
        let measurement = Measurement(name: name, seconds: seconds, cpuSeconds: cpu, amount: amount, unit: unit)
        report(measurement)
        return measurement
    }

    func report(_ m: Measurement) {
        let sorted = m.seconds.sorted()
        let median = sorted[sorted.count / 2]
        let spread = (sorted.last! - sorted.first!) / median * 100
        var line = "\(m.name): median \(Self.format(median * 1000)) ms, spread \(Self.format(spread))% (min \(Self.format(sorted.first! * 1000)), max \(Self.format(sorted.last! * 1000)), \(m.seconds.count) runs)"
        if let amount = m.amount, let unit = m.unit {
            line += ", \(Self.format(amount / median)) \(unit)/s"
        }
        line += ", CPU \(Self.format(m.cpuSeconds * 1000)) ms/run, peak RSS \(Self.peakMemoryMB()) MB"
        print(line)
    }

    static func format(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : "%.2f", value)
    }

    /// User and system CPU time of the whole process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident memory so far.
    static func peakMemoryMB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}

/// The sizes workloads run at: as documented, or tiny for a quick check that each one runs.
enum BenchScale {
    case full
    case tiny

    /// `full` as given; tiny sizes are a hundredth of it, at least 2.
    func count(_ full: Int) -> Int {
        switch self {
        case .full: return full
        case .tiny: return Swift.max(2, full / 100)
        }
    }
}
