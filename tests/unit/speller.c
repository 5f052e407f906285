/* Unit tests of speller.c: hunspell's verdict on a long compound must not
 * depend on time, that is on the machine or on what other threads do. */
#include "danish.h"
#include "speller.h"
#include "test.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>

/* 25-50 ms of hunspell's compound search on a 2020s machine. */
#define LONG_COMPOUND "plantebeskyttelsesmiddelforordningens"
#define NSPIN 4

static atomic_int spinning;
static atomic_int stop;

/* Burns CPU, so that the process's CPU time runs ahead of this thread's. */
static void *
spin(void *arg)
{
	(void)arg;
	atomic_fetch_add(&spinning, 1);
	volatile unsigned long x = 0;
	while (!atomic_load(&stop))
		x++;
	return NULL;
}

/* With clock() as process time, NSPIN busy threads made the search time
 * out and the word was rejected. */
static void
test_busy_process(struct speller *sp)
{
	pthread_t th[NSPIN];
	int started = 0;
	for (int i = 0; i < NSPIN; i++)
		if (pthread_create(&th[i], NULL, spin, NULL) == 0)
			started++;
	EXPECT_EQ_U(started, NSPIN);
	while (atomic_load(&spinning) < started)
		sched_yield();
	size_t n = strlen(LONG_COMPOUND);
	EXPECT(spl_check(sp, LONG_COMPOUND, n) == SPL_OK);
	EXPECT(spl_is_compound(sp, LONG_COMPOUND, n));
	atomic_store(&stop, 1);
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
}

static void
test_steps(struct speller *sp)
{
	/* The bound counts steps: each call advances clock() as much. */
	clock_t a = clock(), b = clock(), c = clock();
	EXPECT(b > a);
	EXPECT(c - b == b - a);
	/* A search that explodes (98,000 steps) still ends, rejected. */
	char w[128] = "";
	for (int i = 0; i < 16; i++)
		strcat(w, "husbåd");
	EXPECT(spl_check(sp, w, strlen(w)) == SPL_UNKNOWN);
	/* Its parts are words: the rejection is the bound's. */
	EXPECT(spl_check(sp, "husbådhusbåd", strlen("husbådhusbåd")) == SPL_OK);
}

int
main(void)
{
	struct speller *sp = test_open_danish();
	if (!sp)
		return 1;
	test_busy_process(sp);
	test_steps(sp);
	spl_free(sp);
	return TEST_DONE();
}
