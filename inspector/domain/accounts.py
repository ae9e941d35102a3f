"""A person's account on the team's server, as both command lines see it."""

# Where the app's `sync` and the server's account commands read a password from, so that a
# script sets one variable for both.
PASSWORD_VARIABLE = "INSPECTOR_PASSWORD"
