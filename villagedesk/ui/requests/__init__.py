"""民情诉求 screens: the page of requests, recording one, its steps and its 办理单 details."""
