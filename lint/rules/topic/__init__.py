"""Topic cohesion of a story's paragraphs, used by the ``off-topic`` rule."""
