// These tests start web hosts, worker processes and a browser on a two-core machine: one class at a time
// keeps their timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
