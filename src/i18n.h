/* i18n.h - gettext wrappers.  Messages are English in the source and
 * translated to Danish by the catalogue in src/po/. */
#ifndef RETSTAV_I18N_H
#define RETSTAV_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
