-- A second tenant migration used by the upgrade test only.
CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(200) NOT NULL);
