/* A shared library that is not a plugin: it exports no salesops_plugin_entry. */
int fixture_helper(int value) { return value * 2; }
