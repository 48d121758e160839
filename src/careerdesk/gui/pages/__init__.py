"""One page per place in the navigation. Pages are layout; services do the work."""
