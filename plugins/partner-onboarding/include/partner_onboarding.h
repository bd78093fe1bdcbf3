/* partner-onboarding exports only the entry point the plugin ABI names. */
#ifndef PARTNER_ONBOARDING_H
#define PARTNER_ONBOARDING_H

#include "salesops_plugin.h"

const salesops_plugin_table *salesops_plugin_entry(uint32_t host_abi);

#endif
