/*
 * replay_main.c — runs a fuzz target over files, without libFuzzer, so any
 * compiler (gcc with sanitizers in `make test`) can replay the corpus and the
 * crashes that became regression inputs.
 *
 * usage: replay FILE_OR_DIR...
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *data;
	long		size;

	if (!f)
	{
		perror(path);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc(size > 0 ? (size_t) size : 1);
	if (!data || (size > 0 && fread(data, 1, (size_t) size, f) != (size_t) size))
	{
		fprintf(stderr, "%s: cannot read\n", path);
		fclose(f);
		free(data);
		return 1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(data, (size_t) size);
	free(data);
	return 0;
}

int
main(int argc, char **argv)
{
	int			i,
				failed = 0,
				files = 0;

	for (i = 1; i < argc; i++)
	{
		struct stat st;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
		{
			DIR		   *d = opendir(argv[i]);
			struct dirent *e;

			while (d && (e = readdir(d)) != NULL)
			{
				char		path[4096];

				if (e->d_name[0] == '.')
					continue;
				snprintf(path, sizeof(path), "%s/%s", argv[i], e->d_name);
				failed |= replay_file(path);
				files++;
			}
			if (d)
				closedir(d);
		}
		else
		{
			failed |= replay_file(argv[i]);
			files++;
		}
	}
	printf("replayed %d inputs\n", files);
	return failed;
}
