using System.Runtime.CompilerServices;

// The tests put the write gate in front of SQLite without the busy timeout, to see that writers wait for the gate.
[assembly: InternalsVisibleTo("Platform.Data.Tests")]

// The SQLite writes benchmark compares the gate with the busy handler alone (tests/Benchmarks/SqliteWrites).
[assembly: InternalsVisibleTo("SqliteWritesBenchmark")]
