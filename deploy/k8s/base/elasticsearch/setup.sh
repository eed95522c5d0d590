#!/bin/sh
# Run by the Job elasticsearch-setup once Elasticsearch answers: gives Kibana's built-in account
# (kibana_system) the password of the Secret, and checks that the IK analyzer is installed.
set -eu
es=http://elasticsearch:9200
auth="elastic:$ELASTIC_PASSWORD"

until curl -sf -u "$auth" "$es/_cluster/health?wait_for_status=yellow&timeout=10s" >/dev/null; do
  echo "waiting for $es"
  sleep 5
done
curl -sf -u "$auth" -X POST "$es/_security/user/kibana_system/_password" \
  -H 'Content-Type: application/json' \
  -d "{\"password\":\"$KIBANA_PASSWORD\"}" >/dev/null
echo "kibana_system password set"
curl -sf -u "$auth" -X POST "$es/_analyze" -H 'Content-Type: application/json' \
  -d '{"analyzer":"ik_smart","text":"小米手机"}' >/dev/null
echo "IK analyzer available"
