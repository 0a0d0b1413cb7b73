"""What several of our plugins need, in one place."""
