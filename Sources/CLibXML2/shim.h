#ifndef CLAIMGRAPH_CLIBXML2_SHIM_H
#define CLAIMGRAPH_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull the system's
 * <unicode/ucnv.h> into this module, and its `UErrorCode` then clashes with the copy of ICU
 * inside Foundation in any file that imports both. Nothing here uses libxml2's ICU
 * converters (the only thing the macro adds is two opaque pointers at the end of
 * xmlCharEncodingHandler, which we never touch), so the ICU part is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>
#include <libxml/catalog.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a mutable C global (or a macro); Swift 6 cannot call it directly.
static inline void cg_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
