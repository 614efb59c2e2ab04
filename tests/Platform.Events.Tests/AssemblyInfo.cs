// The tests start several processes each and measure delivery; on a two-core machine they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
