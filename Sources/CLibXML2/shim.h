#ifndef CLAIMGRAPH_CLIBXML2_SHIM_H
#define CLAIMGRAPH_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlversion.h>
#include <libxml/catalog.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a mutable C global (or a macro); Swift 6 cannot call it directly.
static inline void cg_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
