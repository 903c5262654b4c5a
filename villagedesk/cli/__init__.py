"""The command line: argparse commands over the same core services the GUI uses."""
