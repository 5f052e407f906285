/* main.c - argv -> options, the list of files (directories walked), the
 * workers that check them in parallel, output in input order, and the exit
 * status.  The only file that exits. */
#include "check.h"
#include "lsp/lsp.h"
#include "config.h"
#include "markup/markup.h"
#include "report.h"
#include "rules/rules.h"
#include "source.h"
#include "speller.h"
#include "util.h"
#include "walk.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef VERSION
#define VERSION "0.1"
#endif
#ifndef DATADIR
#define DATADIR "/usr/local/share/retstav"
#endif
#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

struct options {
	struct chk_config chk;
	struct rep_options rep;
	enum severity fail_on;
	int jobs;
	int stats;
	const char *dictionary;
	const char *foreign;	/* --foreign: NAME, PATH or "none" */
	const char **wordlists;
	size_t nwordlists;
	const char *extensions;
	const char *cache;	/* --cache=FILE, or NULL */
};

/* One file's result, filled by a worker, printed by the main thread. */
struct result {
	struct buf out;
	int failed;		/* could not be read or checked */
	unsigned long count[3];
	int done;
};

struct job {
	const struct options *opt;
	char **paths;
	size_t npaths;
	struct result *res;
	size_t next;		/* next path to take, under lock */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct chk_stats stats;
	unsigned long lookups, hits;
	int load_failed;
	int foreign_failed;	/* the foreign-word dictionary did not load */
	double t_load, t_read, t_report;	/* summed over workers */
};

/* Freeing a hunspell handle costs about 55 ms (a million small frees),
 * a third of a small run; at exit the kernel reclaims it at once.  The
 * spent checkers stay reachable here; sanitizer builds free them. */
#if defined(__SANITIZE_ADDRESS__) || defined(RETSTAV_FREE_AT_EXIT)
#define FREE_AT_EXIT 1
#else
#define FREE_AT_EXIT 0
#endif
static struct checker *spent[257];
static size_t nspent;

/* One worker's times, added to the job's at its end. */
struct wtimes {
	double read, report;
};

static void
usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, PROGNAME ": ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PROGNAME);
	exit(2);
}

static void
help(void)
{
	printf(_("Usage: %s [OPTION]... [FILE|DIR]...\n"
		 "Check Danish spelling in articles and print compiler-style diagnostics.\n"
		 "With no FILE, or when FILE is -, read standard input.\n"
		 "\n"), PROGNAME);
	printf(_("Input:\n"
		 "      --input-format=FMT  auto (default), text, markdown or html\n"
		 "      --extensions=LIST   file name endings to check in directories\n"
		 "                          (default: txt,md,markdown,html,htm)\n"
		 "      --whole-file        also check page furniture after the article body\n"
		 "      --config=FILE       read settings from FILE instead of the nearest\n"
		 "                          .retstav.ini (searched from the first FILE's folder up)\n"
		 "      --no-config         read no .retstav.ini\n"
		 "\n"));
	printf(_("Checking:\n"
		 "  -d, --dictionary=PATH|NAME  hunspell dictionary (default: da_DK)\n"
		 "      --foreign=PATH|NAME|none  dictionary of foreign words that are noted,\n"
		 "                          not errors (default: en_US when installed)\n"
		 "  -w, --wordlist=FILE     accept the words in FILE (repeatable); entries\n"
		 "                          may carry affix flags: ord/FLAGS\n"
		 "      --no-suggest        do not compute suggestions\n"
		 "      --suggestions=N     name at most N suggestions (default 3)\n"
		 "  -j, --jobs=N            check N files at once (default: number of cores)\n"
		 "      --cache=FILE        keep hunspell's verdicts in FILE between runs\n"
		 "\n"));
	printf(_("Output:\n"
		 "  -f, --format=FMT        gcc (default), json, list, sarif or github\n"
		 "      --column-unit=UNIT  codepoint (default), byte or utf-16\n"
		 "      --show-source       print the line and mark the word\n"
		 "      --fail-on=LEVEL     exit 1 on findings at LEVEL or above: error,\n"
		 "                          warning (default) or note\n"
		 "      --stats             print time per stage and cache hits on stderr\n"
		 "  -h, --help              print this help and exit\n"
		 "  -V, --version           print the version and exit\n"
		 "\n"));
	printf(_("Exit status:\n"
		 "  0  nothing at or above the fail level\n"
		 "  1  findings at or above the fail level\n"
		 "  2  usage, input/output or dictionary trouble\n"));
	printf(_("\nLanguage server: %s lsp (see '%s lsp --help')\n"), PROGNAME, PROGNAME);
}

/* The directory of the running executable, for in-tree data. */
static void
exe_dir(char *out, size_t n)
{
	ssize_t k = readlink("/proc/self/exe", out, n - 1);
	if (k <= 0) {
		snprintf(out, n, ".");
		return;
	}
	out[k] = '\0';
	char *slash = strrchr(out, '/');
	if (slash)
		*slash = '\0';
}

static int
is_dir(const char *p)
{
	return access(p, X_OK) == 0 && walk_is_dir(p);
}

static unsigned long
parse_count(const char *opt, const char *arg, unsigned long max)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(arg, &end, 10);
	if (errno || *end || end == arg || v > max || arg[0] == '-') {
		char msg[256];
		snprintf(msg, sizeof msg, _("invalid value '%%s' for %s"), opt);
		usage_error(msg, arg);
	}
	return v;
}

static void
check_one(struct job *j, struct checker *ck, size_t i, struct wtimes *t)
{
	struct result *r = &j->res[i];
	double t0 = mono_now();
	struct source *src = src_open(j->paths[i]);
	t->read += mono_now() - t0;
	if (!src) {
		r->failed = 1;
		return;
	}
	struct findings fs = {0};
	if (chk_source(ck, src, &fs) < 0)
		r->failed = 1;
	for (size_t k = 0; k < fs.n; k++)
		if (fs.v[k].sev >= SEV_NOTE)
			r->count[fs.v[k].sev]++;
	t0 = mono_now();
	rep_render(&j->opt->rep, src, &fs, &r->out);
	t->report += mono_now() - t0;
	fnd_free(&fs);
	src_free(src);
}

static void *
worker(void *arg)
{
	struct job *j = arg;
	double t0 = mono_now();
	struct checker *ck = chk_new(&j->opt->chk);
	double t_load = mono_now() - t0;
	struct wtimes t = {0};

	pthread_mutex_lock(&j->lock);
	if (!ck)
		j->load_failed = 1;
	for (;;) {
		if (j->load_failed || j->next >= j->npaths)
			break;
		size_t i = j->next++;
		pthread_mutex_unlock(&j->lock);
		check_one(j, ck, i, &t);
		pthread_mutex_lock(&j->lock);
		j->res[i].done = 1;
		pthread_cond_broadcast(&j->cond);
	}
	pthread_mutex_unlock(&j->lock);
	int foreign_ok = !ck || chk_foreign_ok(ck);
	pthread_mutex_lock(&j->lock);
	if (!foreign_ok)
		j->foreign_failed = 1;
	if (ck) {
		const struct chk_stats *s = chk_get_stats(ck);
		unsigned long l, h;
		spl_stats(chk_speller(ck), &l, &h);
		j->lookups += l;
		j->hits += h;
		j->stats.t_markup += s->t_markup;
		j->stats.t_tokenize += s->t_tokenize;
		j->stats.t_check += s->t_check;
		j->stats.t_rules += s->t_rules;
		j->stats.t_suggest += s->t_suggest;
		j->stats.words += s->words;
		j->stats.files += s->files;
	}
	j->t_load += t_load;
	j->t_read += t.read;
	j->t_report += t.report;
	if (ck)
		spent[nspent++] = ck;
	pthread_cond_broadcast(&j->cond);
	pthread_mutex_unlock(&j->lock);
	return NULL;
}

enum { OPT_CONFIG = 256, OPT_NO_CONFIG, OPT_FOREIGN };

/* Finds and reads the configuration: --config=FILE, else the nearest
 * .retstav.ini from the folder of the first operand upwards.  Returns 0
 * (c->path NULL when there is none) or -1 after a message. */
static int
load_config(struct conf *c, const char *given, int none, const char *operand)
{
	char path[PATH_MAX + 32];
	conf_init(c);
	if (given)
		return conf_load(c, given);
	if (none)
		return 0;
	char dir[PATH_MAX];
	if (!operand || strcmp(operand, "-") == 0 || walk_is_dir(operand)) {
		snprintf(dir, sizeof dir, "%s", operand && strcmp(operand, "-") != 0 ? operand : ".");
	} else {
		const char *slash = strrchr(operand, '/');
		if (!slash)
			snprintf(dir, sizeof dir, ".");
		else
			snprintf(dir, sizeof dir, "%.*s", (int)(slash - operand + 1), operand);
	}
	if (!conf_find(dir, path, sizeof path))
		return 0;
	return conf_load(c, path);
}

/* Settings from the configuration become the defaults the command line
 * overrides. */
static void
apply_config(struct options *opt, const struct conf *c, int argc)
{
	size_t nconf = 0;
	while (c->wordlists && c->wordlists[nconf])
		nconf++;
	free(opt->wordlists);
	opt->wordlists = xcalloc((size_t)argc + nconf + 2, sizeof *opt->wordlists);
	for (size_t i = 0; i < nconf; i++)
		opt->wordlists[opt->nwordlists++] = c->wordlists[i];
	if (c->dictionary)
		opt->dictionary = c->dictionary;
	if (c->foreign)
		opt->foreign = c->foreign;
	if (c->extensions)
		opt->extensions = c->extensions;
	if (c->fail_on >= SEV_NOTE)
		opt->fail_on = (enum severity)c->fail_on;
	if (c->input_format >= 0)
		opt->chk.mk.format = (enum mk_format)c->input_format;
	if (c->whole_file >= 0)
		opt->chk.mk.whole_file = c->whole_file;
	if (c->body_end)
		opt->chk.mk.body_end = (const char *const *)c->body_end;
	if (c->front_matter_keys)
		opt->chk.mk.front_matter_keys = (const char *const *)c->front_matter_keys;
	for (size_t i = 0; i < c->nrules; i++)
		if (c->rules[i].rule < CHK_MAX_RULES)
			opt->chk.sev[c->rules[i].rule] = (enum severity)c->rules[i].sev;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "input-format", required_argument, NULL, 'I' },
		{ "extensions", required_argument, NULL, 'E' },
		{ "whole-file", no_argument, NULL, 'W' },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "no-config", no_argument, NULL, OPT_NO_CONFIG },
		{ "dictionary", required_argument, NULL, 'd' },
		{ "foreign", required_argument, NULL, OPT_FOREIGN },
		{ "wordlist", required_argument, NULL, 'w' },
		{ "no-suggest", no_argument, NULL, 'N' },
		{ "suggestions", required_argument, NULL, 'S' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "cache", required_argument, NULL, 'K' },
		{ "format", required_argument, NULL, 'f' },
		{ "column-unit", required_argument, NULL, 'C' },
		{ "show-source", no_argument, NULL, 's' },
		{ "fail-on", required_argument, NULL, 'F' },
		{ "stats", no_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	double t_start = mono_now();
	struct options opt = {0};
	char exedir[PATH_MAX], datadir[PATH_MAX + 16], localedir[PATH_MAX + 16];
	int c;

	setlocale(LC_ALL, "");
	exe_dir(exedir, sizeof exedir);
	/* Catalogue: $RETSTAV_LOCALEDIR, the build tree beside an in-tree
	 * binary, else the installed one. */
	snprintf(localedir, sizeof localedir, "%s/build/locale", exedir);
	if (getenv("RETSTAV_LOCALEDIR"))
		snprintf(localedir, sizeof localedir, "%s", getenv("RETSTAV_LOCALEDIR"));
	bindtextdomain("retstav", is_dir(localedir) ? localedir : LOCALEDIR);
	textdomain("retstav");
	if (argc > 1 && strcmp(argv[1], "lsp") == 0)
		return lsp_main(argc - 1, argv + 1);

	opt.chk.suggest = 1;
	opt.chk.nsug = 5;
	opt.rep.nshow = 3;
	opt.rep.format = REP_GCC;
	opt.rep.unit = UNIT_CODEPOINT;
	opt.fail_on = SEV_WARNING;
	opt.jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
	opt.extensions = "txt,md,markdown,html,htm";
	opt.dictionary = "da_DK";
	chk_default_severities(&opt.chk);
	opt.wordlists = xcalloc((size_t)argc + 2, sizeof *opt.wordlists);

	/* A first pass finds --config and the operands; the configuration
	 * then sets the defaults that the second pass overrides. */
	const char *config_path = NULL;
	int no_config = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:w:j:f:hV", longopts, NULL)) != -1) {
		if (c == OPT_CONFIG)
			config_path = optarg;
		else if (c == OPT_NO_CONFIG)
			no_config = 1;
	}
	struct conf conf;
	if (load_config(&conf, config_path, no_config, optind < argc ? argv[optind] : NULL) < 0) {
		conf_free(&conf);
		free(opt.wordlists);
		return 2;
	}
	apply_config(&opt, &conf, argc);
	optind = 0;
	while ((c = getopt_long(argc, argv, ":d:w:j:f:hV", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_CONFIG:
		case OPT_NO_CONFIG:
			break;
		case 'I': {
			int f = mk_parse_format(optarg);
			if (f < 0)
				usage_error(_("invalid input format '%s' (auto, text, markdown, html)"), optarg);
			opt.chk.mk.format = (enum mk_format)f;
			break;
		}
		case 'E':
			opt.extensions = optarg;
			break;
		case 'W':
			opt.chk.mk.whole_file = 1;
			break;
		case 'd':
			opt.dictionary = optarg;
			break;
		case OPT_FOREIGN:
			opt.foreign = optarg;
			break;
		case 'w':
			opt.wordlists[opt.nwordlists++] = optarg;
			break;
		case 'N':
			opt.chk.suggest = 0;
			break;
		case 'S':
			opt.rep.nshow = parse_count("--suggestions", optarg, 100);
			if (opt.rep.nshow > opt.chk.nsug)
				opt.chk.nsug = opt.rep.nshow;
			if (opt.rep.nshow == 0)
				opt.chk.suggest = 0;
			break;
		case 'j':
			opt.jobs = (int)parse_count("--jobs", optarg, 256);
			if (opt.jobs < 1)
				usage_error(_("invalid value '%s' for --jobs"), optarg);
			break;
		case 'K':
			opt.cache = optarg;
			break;
		case 'f': {
			int f = rep_parse_format(optarg);
			if (f < 0)
				usage_error(_("invalid format '%s' (gcc, json, list, sarif, github)"), optarg);
			opt.rep.format = (enum rep_format)f;
			break;
		}
		case 'C':
			if (strcmp(optarg, "codepoint") == 0)
				opt.rep.unit = UNIT_CODEPOINT;
			else if (strcmp(optarg, "byte") == 0)
				opt.rep.unit = UNIT_BYTE;
			else if (strcmp(optarg, "utf-16") == 0)
				opt.rep.unit = UNIT_UTF16;
			else
				usage_error(_("invalid column unit '%s' (codepoint, byte, utf-16)"), optarg);
			break;
		case 's':
			opt.rep.show_source = 1;
			break;
		case 'F': {
			int s = sev_parse(optarg);
			if (s < SEV_NOTE)
				usage_error(_("invalid level '%s' for --fail-on (error, warning, note)"), optarg);
			opt.fail_on = (enum severity)s;
			break;
		}
		case 'T':
			opt.stats = 1;
			break;
		case 'h':
			help();
			free(opt.wordlists);
			return fclose(stdout) == 0 ? 0 : 2;
		case 'V':
			printf("retstav %s\n", VERSION);
			free(opt.wordlists);
			return fclose(stdout) == 0 ? 0 : 2;
		case ':':
			usage_error(_("option '%s' requires an argument"), argv[optind - 1]);
			break;
		default:
			usage_error(_("unrecognized option '%s'"), argv[optind - 1]);
		}
	}

	/* Data: the tree beside an in-tree binary (or one level up, for
	 * build-asan/retstav), else the installed one. */
	snprintf(datadir, sizeof datadir, "%s/dictionaries", exedir);
	if (!is_dir(datadir))
		snprintf(datadir, sizeof datadir, "%s/../dictionaries", exedir);
	if (!is_dir(datadir))
		snprintf(datadir, sizeof datadir, "%s", DATADIR);
	if (getenv("RETSTAV_DATADIR"))
		snprintf(datadir, sizeof datadir, "%s", getenv("RETSTAV_DATADIR"));
	opt.chk.datadir = datadir;

	char base[PATH_MAX];
	if (spl_find_dictionary(opt.dictionary, base, sizeof base) < 0) {
		free(opt.wordlists);
		conf_free(&conf);
		return 2;
	}
	opt.chk.dict_base = base;
	/* Foreign words: the default dictionary only where it is installed;
	 * one asked for by name must be there. */
	char foreign[PATH_MAX];
	if (!opt.foreign) {
		if (spl_have_dictionary("en_US", foreign, sizeof foreign) == 0)
			opt.chk.foreign_base = foreign;
	} else if (strcmp(opt.foreign, "none") != 0) {
		if (spl_find_dictionary(opt.foreign, foreign, sizeof foreign) < 0) {
			free(opt.wordlists);
			conf_free(&conf);
			return 2;
		}
		opt.chk.foreign_base = foreign;
	}
	/* House word lists first, then the user's. */
	const char **lists = xcalloc(opt.nwordlists + 3, sizeof *lists);
	char house[PATH_MAX + 32];
	size_t nl = 0;
	snprintf(house, sizeof house, "%s/da-news.dic", datadir);
	if (access(house, R_OK) == 0)
		lists[nl++] = house;
	char corpus[PATH_MAX + 32];
	snprintf(corpus, sizeof corpus, "%s/da-corpus.dic", datadir);
	if (access(corpus, R_OK) == 0)
		lists[nl++] = corpus;
	for (size_t i = 0; i < opt.nwordlists; i++)
		lists[nl++] = opt.wordlists[i];
	opt.chk.wordlists = lists;

	/* Files: arguments, directories walked, or standard input. */
	struct walk w = {0};
	int status = 0;
	walk_set_extensions(&w, opt.extensions);
	if (optind == argc)
		walk_add_path(&w, "-");
	for (int i = optind; i < argc; i++)
		if (walk_arg(&w, argv[i]) < 0)
			status = 2;
	if (conf.ignore) {
		size_t k = 0;
		for (size_t i = 0; i < w.n; i++) {
			if (strcmp(w.paths[i], "-") != 0 && conf_ignored(&conf, w.paths[i]))
				free(w.paths[i]);
			else
				w.paths[k++] = w.paths[i];
		}
		w.n = k;
	}

	/* One verdict cache for all workers: a word costs hunspell once. */
	opt.chk.cache = spl_cache_new();
	char cache_key[32];
	if (opt.cache) {
		spl_cache_key(base, lists, VERSION, cache_key, sizeof cache_key);
		if (spl_cache_load(opt.chk.cache, opt.cache, cache_key) < 0)
			status = 2;
	}
	struct job j = { .opt = &opt, .paths = w.paths, .npaths = w.n };
	j.res = xcalloc(w.n + 1, sizeof *j.res);
	pthread_mutex_init(&j.lock, NULL);
	pthread_cond_init(&j.cond, NULL);
	size_t nthreads = (size_t)opt.jobs;
	if (nthreads > w.n)
		nthreads = w.n;
	pthread_t *th = xcalloc(nthreads + 1, sizeof *th);
	size_t started = 0;
	if (nthreads > 1) {
		for (size_t i = 0; i < nthreads; i++)
			if (pthread_create(&th[started], NULL, worker, &j) == 0)
				started++;
	}
	if (started == 0 && w.n > 0) {
		/* One worker: run it here, then print. */
		worker(&j);
	}

	double t_emit = 0;
	struct reporter *rep = rep_new(&opt.rep, stdout);
	struct rep_summary sum = {0};
	rep_begin(rep);
	for (size_t i = 0; i < w.n; i++) {
		pthread_mutex_lock(&j.lock);
		while (!j.res[i].done && !j.load_failed)
			pthread_cond_wait(&j.cond, &j.lock);
		pthread_mutex_unlock(&j.lock);
		if (!j.res[i].done)
			break;
		struct result *r = &j.res[i];
		double t0 = mono_now();
		rep_emit(rep, &r->out);
		t_emit += mono_now() - t0;
		buf_free(&r->out);
		sum.files++;
		if (r->failed) {
			sum.files_failed++;
			status = 2;
		}
		for (int s = 0; s < 3; s++)
			sum.count[s] += r->count[s];
	}
	for (size_t i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	if (j.load_failed || j.foreign_failed)
		status = 2;
	/* Verdicts are per word: a run with unreadable files still adds
	 * good ones. */
	if (opt.cache && !j.load_failed &&
	    spl_cache_save(opt.chk.cache, opt.cache, cache_key) < 0)
		status = 2;
	rep_end(rep, &sum);
	rep_free(rep);

	if (status == 0)
		for (int s = opt.fail_on; s <= SEV_ERROR; s++)
			if (sum.count[s])
				status = 1;
	if (opt.stats) {
		/* Stage times are summed over the workers (CPU-like seconds);
		 * wall is the whole run, dictionary loading included. */
		double report = j.t_report + t_emit;
		double total = j.t_read + j.stats.t_markup + j.stats.t_tokenize +
			       j.stats.t_check + j.stats.t_rules + j.stats.t_suggest + report;
		fprintf(stderr,
			"retstav: stats: files %lu, words %lu, threads %zu, wall %.3fs\n"
			"retstav: stats: load %.3fs  read %.3fs  markup %.3fs  tokenize %.3fs  check %.3fs  rules %.3fs  suggest %.3fs  report %.3fs  (sum %.3fs)\n"
			"retstav: stats: verdict cache: %lu lookups, %.1f%% hits\n",
			j.stats.files, j.stats.words, started ? started : 1, mono_now() - t_start,
			j.t_load, j.t_read, j.stats.t_markup, j.stats.t_tokenize,
			j.stats.t_check, j.stats.t_rules, j.stats.t_suggest, report,
			total, j.lookups,
			j.lookups ? 100.0 * (double)j.hits / (double)j.lookups : 0.0);
	}
	for (size_t i = 0; i < w.n; i++)
		buf_free(&j.res[i].out);
	free(j.res);
	free(th);
	if (FREE_AT_EXIT) {
		for (size_t i = 0; i < nspent; i++)
			chk_free(spent[i]);
		spl_cache_free(opt.chk.cache);
	}
	free(lists);
	free(opt.wordlists);
	walk_free(&w);
	conf_free(&conf);
	pthread_mutex_destroy(&j.lock);
	pthread_cond_destroy(&j.cond);
	/* A full disk is an error, not a silent truncation. */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		warnx_(_("write error: %s"), strerror(errno ? errno : EIO));
		return 2;
	}
	return status;
}
