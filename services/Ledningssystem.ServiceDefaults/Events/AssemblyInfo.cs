using System.Runtime.CompilerServices;

// The tests drive the relay's housekeeping with a fake clock.
[assembly: InternalsVisibleTo("Platform.Events.Tests")]
