// Empty on purpose: the bench calls chrome.management from this worker (test/bench/page-cost.ts).
