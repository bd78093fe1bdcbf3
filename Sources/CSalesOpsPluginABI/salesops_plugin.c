/* SwiftPM needs one source file per C target; the ABI itself is the header. */
#include "salesops_plugin.h"
