"""External-link throughput: 10,000 unique URLs over 50 hosts, with the default politeness limits.

A local aiohttp server in a separate process answers every path with 200 after a
simulated network latency, and counts how many requests per Host header were in flight
at once. The 50 host names (host00.bench.test ...) are mapped to 127.0.0.1 by a static
resolver and allow-listed for the SSRF guard, so the checker runs exactly as it would
against 50 real sites: per-host limit, per-host spacing, global limit, HEAD requests.

    python -m benchmarks.links
"""

import asyncio
import dataclasses
import multiprocessing
import resource
import socket
import time

from aiohttp import web
from aiohttp.abc import AbstractResolver

from validators.config import LinkOptions
from validators.links.cache import MemoryCache
from validators.links.client import check_urls_async

URLS = 10_000
HOSTS = 50
LATENCY = 0.1  # seconds the server takes per request, like a nearby real site
TARGET = 500  # URLs per second


def _serve(port_queue: multiprocessing.Queue) -> None:
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}
    connections: set[int] = set()  # distinct client sockets: shows keep-alive reuse
    served = 0

    async def page(request: web.Request) -> web.Response:
        nonlocal served
        host = request.host.rsplit(":", 1)[0]
        connections.add(request.transport.get_extra_info("peername")[1])
        in_flight[host] = in_flight.get(host, 0) + 1
        peak[host] = max(peak.get(host, 0), in_flight[host])
        try:
            await asyncio.sleep(LATENCY)
            served += 1
            return web.Response(text="<html><body>ok</body></html>", content_type="text/html")
        finally:
            in_flight[host] -= 1

    async def stats(request: web.Request) -> web.Response:
        return web.json_response({"served": served, "peak": peak, "connections": len(connections)})

    async def main():
        app = web.Application()
        app.router.add_get("/__stats", stats)
        app.router.add_route("*", "/{tail:.*}", page)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_queue.put(site._server.sockets[0].getsockname()[1])
        await asyncio.Event().wait()

    asyncio.run(main())


class _BenchResolver(AbstractResolver):
    """Every benchmark host name is 127.0.0.1 (like 50 /etc/hosts entries)."""

    async def resolve(self, host, port=0, family=socket.AF_INET):
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": socket.AF_INET, "proto": 0, "flags": 0}]

    async def close(self):
        pass


async def _server_stats(port: int) -> dict:
    import aiohttp

    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/__stats") as response:
        return await response.json()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


async def _run(port: int) -> list[tuple[str, str]]:
    hosts = [f"host{n:02d}.bench.test" for n in range(HOSTS)]
    urls = [f"http://{hosts[n % HOSTS]}:{port}/articles/{n}/page" for n in range(URLS)]
    options = LinkOptions(allow_hosts=tuple(f"{host}:{port}" for host in hosts))
    cache = MemoryCache()
    rss_before = _peak_rss_mb()

    started = time.perf_counter()
    results = await check_urls_async(urls, options, cache, resolver=_BenchResolver())
    seconds = time.perf_counter() - started
    rss_peak = _peak_rss_mb()

    cached_started = time.perf_counter()
    await check_urls_async(urls, options, cache, resolver=_BenchResolver())
    cached_seconds = time.perf_counter() - cached_started
    stats = await _server_stats(port)

    # The same batch (new addresses) without per-host spacing: what the client itself can do.
    unspaced = dataclasses.replace(options, host_interval=0.0)
    capacity_started = time.perf_counter()
    await check_urls_async([url + "?again" for url in urls], unspaced, resolver=_BenchResolver())
    capacity = URLS / (time.perf_counter() - capacity_started)

    ok = sum(result.ok for result in results.values())
    throughput = URLS / seconds
    worst_host = max(stats["peak"].values())
    return [
        ("URLs (unique) / hosts", f"{URLS:,} / {HOSTS}"),
        ("simulated server latency", f"{LATENCY * 1000:.0f} ms"),
        ("limits: per host / global / spacing",
         f"{options.per_host} / {options.concurrency} / {options.host_interval} s"),
        ("checked OK", f"{ok:,} ({stats['served']:,} requests served)"),
        ("TCP connections opened", f"{stats['connections']:,} (keep-alive reuse)"),
        ("wall time", f"{seconds:.2f} s"),
        ("throughput", f"{throughput:,.0f} URLs/s (target >= {TARGET}: {'met' if throughput >= TARGET else 'MISSED'})"),
        ("max concurrent per host observed", f"{worst_host} (limit {options.per_host}: "
                                             f"{'respected' if worst_host <= options.per_host else 'EXCEEDED'})"),
        ("peak RSS (growth during run)", f"{rss_peak:.0f} MB (+{rss_peak - rss_before:.0f} MB)"),
        ("re-run from cache", f"{cached_seconds * 1000:.0f} ms"),
        ("capacity without spacing (same limits)", f"{capacity:,.0f} URLs/s"),
    ]


def main() -> None:
    context = multiprocessing.get_context("spawn")
    port_queue = context.Queue()
    server = context.Process(target=_serve, args=(port_queue,), daemon=True)
    server.start()
    try:
        port = port_queue.get(timeout=30)
        rows = asyncio.run(_run(port))
    finally:
        server.terminate()
        server.join()
    width = max(len(name) for name, _ in rows)
    print("Link checker throughput (benchmarks/links.py)")
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
