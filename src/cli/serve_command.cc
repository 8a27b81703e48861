// lede serve: the HTTP API and the web UI over a store (docs/api.md).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/command.h"
#include "cli/store_output.h"
#include "lede/server.h"

namespace lede::cli {
namespace {

struct ServeArgs {
  std::string db;
  ServerOptions options;
};

// The `web` folder beside the running lede binary (build/web), "" if unknown.
std::string DefaultWebDir() {
  std::error_code ec;
  std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : (binary.parent_path() / "web").string();
}

std::string UrlHost(const std::string& host) {
  return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

int RunServe(const ServeArgs& args) {
  std::unique_ptr<Server> server;
  Status s = Server::Start(args.db, args.options, &server);
  if (!s.ok()) {
    std::fprintf(stderr, "lede serve: %s\n", s.ToString().c_str());
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  std::error_code ec;
  bool has_ui = std::filesystem::is_directory(args.options.web_dir, ec);
  std::fprintf(stderr, "lede serve: serving %s at http://%s:%u/ (web UI: %s); Ctrl-C stops\n",
               args.db.c_str(), UrlHost(args.options.host).c_str(), server->port(),
               has_ui ? args.options.web_dir.c_str() : "not built");
  server->Run();
  std::fprintf(stderr, "lede serve: stopped\n");
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App* app, int* exit_status) {
  auto* args = NewForProcess<ServeArgs>();
  ServerOptions& o = args->options;
  o.web_dir = DefaultWebDir();
  auto* cmd = app->add_subcommand(
      "serve",
      "Serve the JSON API (docs/api.md) and the web UI over a store, read-only (lede ingest may\n"
      "write to it meanwhile). Loopback only unless --token is given. docs/limits.md explains the\n"
      "limits. SIGINT/SIGTERM stop it after the requests in flight.");
  AddDbOption(cmd, &args->db);
  cmd->add_option("--host", o.host, "address to bind (beyond loopback only with --token)")
      ->capture_default_str();
  cmd->add_option("--port", o.port, "TCP port (0 = any free port)")->capture_default_str();
  cmd->add_option("--token", o.token, "require 'Authorization: Bearer TOKEN' on every API request")
      ->envname("LEDE_SERVE_TOKEN");
  cmd->add_option("--web-dir", o.web_dir, "folder of the built web UI")->capture_default_str();
  cmd->add_option("--threads", o.threads, "threads serving requests")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--access-log", o.access_log, "append the access log to FILE (default: stderr)");
  cmd->add_option("--max-header-bytes", o.max_header_bytes,
                  "request line + headers at most (431 beyond)")
      ->capture_default_str();
  cmd->add_option("--max-body-bytes", o.max_body_bytes, "request body at most (413 beyond)")
      ->capture_default_str();
  cmd->add_option("--read-timeout-ms", o.read_timeout_ms,
                  "a begun request must arrive within this (408 after)")
      ->capture_default_str();
  cmd->add_option("--idle-timeout-ms", o.idle_timeout_ms,
                  "close kept-alive connections idle this long")
      ->capture_default_str();
  cmd->add_option("--write-timeout-ms", o.write_timeout_ms,
                  "close a connection whose response takes longer to write")
      ->capture_default_str();
  cmd->add_option("--max-connections", o.max_connections, "open connections at most (503 beyond)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--query-time-limit-ms", o.query_time_limit_ms,
                  "stop a store query after this long (503; 0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--cache-bytes", o.cache_bytes,
                  "API answers kept for repeated requests until the store changes (0 = none)")
      ->capture_default_str();
  cmd->add_option("--shutdown-grace-ms", o.shutdown_grace_ms,
                  "on SIGINT/SIGTERM, time for requests in flight")
      ->capture_default_str();
  cmd->add_option("--max-static-file-bytes", o.max_static_file_bytes,
                  "largest static file served (0 = no limit)")
      ->capture_default_str();
  cmd->callback([args, exit_status] { *exit_status = RunServe(*args); });
}

}  // namespace lede::cli
