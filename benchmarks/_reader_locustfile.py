"""Locust users of benchmarks/site.py: readers fetching random article pages as fast as the
server answers (no think time), from the URL list in BENCH_URL_FILE."""

import os
import random
from pathlib import Path

from locust import FastHttpUser, task

URLS = Path(os.environ["BENCH_URL_FILE"]).read_text(encoding="utf-8").split()


class Reader(FastHttpUser):
    @task
    def read_article(self):
        self.client.get(random.choice(URLS), name="article page")
