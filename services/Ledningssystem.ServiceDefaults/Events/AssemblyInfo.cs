using System.Runtime.CompilerServices;

// The tests drive the relay's housekeeping with a fake clock.
[assembly: InternalsVisibleTo("Platform.Events.Tests")]

// The benchmark of the subscriber side reads CloudEvents as the subscription routes do (tests/Benchmarks/Events).
[assembly: InternalsVisibleTo("EventsBenchmark")]
