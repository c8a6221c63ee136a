function ok(data) {
  return { errcode: 0, data };
}

function fail(message, code) {
  return { errcode: code, message };
}

module.exports = { ok, fail };
