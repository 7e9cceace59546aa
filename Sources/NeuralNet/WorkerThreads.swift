import Glibc
import Synchronization

/// A fixed team of threads that run one task together: `run(body)` calls `body(t)` for every
/// t in `0 ..< count` — t = 0 on the calling thread, the others on the team's threads — and
/// returns when all are done. Training calls it twice per mini-batch, so a worker polls for the
/// next task for a while (about a millisecond) before it sleeps on a condition variable.
///
/// Not reentrant: one `run` at a time, from one thread. The threads end when the team is freed.
final class WorkerThreads {
    /// Participants, the calling thread included.
    let count: Int
    private let shared: TeamState
    private var threads: [pthread_t] = []

    /// A team of `count` participants (`count − 1` new threads).
    init(count: Int) {
        precondition(count >= 1, "a team needs at least one thread")
        self.count = count
        shared = TeamState()
        for index in 1..<count {
            let context = Unmanaged.passRetained(WorkerContext(shared: shared, index: index)).toOpaque()
            var thread = pthread_t()
            let created = pthread_create(&thread, nil, { context in
                let worker = Unmanaged<WorkerContext>.fromOpaque(context!).takeRetainedValue()
                worker.shared.serve(index: worker.index)
                return nil
            }, context)
            precondition(created == 0, "could not start a training thread")
            threads.append(thread)
        }
    }

    deinit {
        shared.stop()
        for thread in threads { pthread_join(thread, nil) }
    }

    /// Runs `body(t)` for t in `0 ..< count` in parallel and waits for all of them.
    func run(_ body: (Int) -> Void) {
        guard count > 1 else { return body(0) }
        withoutActuallyEscaping(body) { body in shared.run(body, helpers: count - 1) }
    }
}

/// The state a team's threads share: the task, a generation number that announces a new one,
/// and the count of helpers still working on it.
private final class TeamState: @unchecked Sendable {
    private nonisolated(unsafe) var task: ((Int) -> Void)?
    private let generation = Atomic<Int>(0)
    private let unfinished = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wakeUp = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// Polls before a worker sleeps (each one an atomic load), and before a waiting thread
    /// starts to yield its core between polls.
    private static let pollsBeforeSleeping = 200_000
    private static let pollsBeforeYielding = 2_000

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wakeUp, nil)
    }

    deinit {
        pthread_cond_destroy(wakeUp)
        pthread_mutex_destroy(mutex)
        wakeUp.deallocate()
        mutex.deallocate()
    }

    func run(_ body: @escaping (Int) -> Void, helpers: Int) {
        task = body
        unfinished.store(helpers, ordering: .relaxed)
        announce { generation.add(1, ordering: .releasing) }
        body(0)
        // Spin while the helpers finish (microseconds); past that, one of them may have lost its
        // core to another process, so give ours up rather than burn the time it needs.
        var polls = 0
        while unfinished.load(ordering: .acquiring) > 0 {
            polls += 1
            if polls > Self.pollsBeforeYielding { sched_yield() }
        }
        task = nil
    }

    func stop() {
        announce { stopping.store(true, ordering: .releasing) }
    }

    /// Makes a change the workers wait for and wakes those asleep.
    private func announce(_ change: () -> Void) {
        change()
        pthread_mutex_lock(mutex)
        pthread_cond_broadcast(wakeUp)
        pthread_mutex_unlock(mutex)
    }

    /// A worker's loop: wait for a new generation, run its part, report, repeat.
    func serve(index: Int) {
        var seen = 0
        while true {
            var polls = 0
            while isIdle(seen) {
                polls += 1
                if polls < Self.pollsBeforeSleeping {
                    if polls > Self.pollsBeforeYielding { sched_yield() }
                    continue
                }
                pthread_mutex_lock(mutex)
                while isIdle(seen) { pthread_cond_wait(wakeUp, mutex) }
                pthread_mutex_unlock(mutex)
            }
            if stopping.load(ordering: .acquiring) { return }
            seen = generation.load(ordering: .acquiring)
            task?(index)
            unfinished.subtract(1, ordering: .releasing)
        }
    }

    private func isIdle(_ seen: Int) -> Bool {
        generation.load(ordering: .acquiring) == seen && !stopping.load(ordering: .acquiring)
    }
}

/// What a new worker thread is handed: the team's shared state and its index.
private final class WorkerContext {
    let shared: TeamState
    let index: Int
    init(shared: TeamState, index: Int) {
        self.shared = shared
        self.index = index
    }
}
