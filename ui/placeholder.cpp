// The console library grows here (issue: the console).
