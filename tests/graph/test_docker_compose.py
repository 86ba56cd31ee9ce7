"""docker-compose.yml starts what the Neo4j store and the README expect."""
from pathlib import Path

import yaml

COMPOSE = Path(__file__).parents[2] / "docker-compose.yml"


def test_neo4j_5_with_apoc_gds_health_check_volume_and_env_auth():
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5.")
    assert set(yaml.safe_load(neo4j["environment"]["NEO4J_PLUGINS"])) == {"apoc", "graph-data-science"}
    assert neo4j["environment"]["NEO4J_AUTH"] == "neo4j/${NEO4J_PASSWORD:-medkg-password}"
    assert {"7474:7474", "7687:7687"} <= set(neo4j["ports"])
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    volume = neo4j["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]
