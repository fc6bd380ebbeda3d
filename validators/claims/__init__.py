"""claims rules."""
