-- Self-reported departures (issue 16): land ports and foreign general-aviation airports with the US
-- boundary near each, the replay guard of the traveler apps, and every self-report, accepted or refused.

-- Where a traveler may self-report. border_lat/border_lon: the US boundary near the port as a polyline,
-- the foreign country on its LEFT walking from the first point to the last. The 49th parallel and the
-- 31°20' parallel are taken as surveyed near each port; the California line is the great circle from
-- the Pacific monument (32.534622 N, 117.124086 W) to the Colorado River (32.718555 N, 114.719310 W);
-- rivers (Detroit, Niagara, Rio Grande) and the 45th parallel are digitised by hand from public maps,
-- about ±300 m: the margin of the position rule absorbs it. Replace with IBC/IBWC boundary data when it
-- is available to the deployment. Read once per deployment (restart after a change).
create table port_location (
    code            varchar(16) primary key,
    port            varchar(5) not null,
    name            varchar(100) not null,
    kind            varchar(8) not null check (kind in ('LAND', 'AIRPORT')),
    foreign_country varchar(3) not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    border_line     varchar(30) not null,
    border_lat      double precision[] not null,
    border_lon      double precision[] not null,
    check (cardinality(border_lat) = cardinality(border_lon) and cardinality(border_lat) >= 2)
);

insert into port_location (code, port, name, kind, foreign_country, latitude, longitude, border_line, border_lat, border_lon) values
    ('BLAINE-PA', '3004', 'Blaine – Peace Arch (Douglas, BC)', 'LAND', 'CAN', 49.0021, -122.7566, 'P49_BLAINE',
     '{49.00210,49.00210}', '{-122.90000,-122.60000}'),
    ('BLAINE-PH', '3004', 'Blaine – Pacific Highway (Surrey, BC)', 'LAND', 'CAN', 49.0021, -122.7352, 'P49_BLAINE',
     '{49.00210,49.00210}', '{-122.90000,-122.60000}'),
    ('SUMAS', '3009', 'Sumas – Huntingdon (Abbotsford, BC)', 'LAND', 'CAN', 49.0022, -122.2648, 'P49_SUMAS',
     '{49.00220,49.00220}', '{-122.40000,-122.13000}'),
    ('SWEETGRASS', '3310', 'Sweetgrass – Coutts (AB)', 'LAND', 'CAN', 49.0000, -111.9597, 'P49_SWEETGRASS',
     '{49.00000,49.00000}', '{-112.10000,-111.82000}'),
    ('PEMBINA', '3401', 'Pembina – Emerson (MB)', 'LAND', 'CAN', 49.0003, -97.2375, 'P49_PEMBINA',
     '{49.00030,49.00030}', '{-97.40000,-97.07000}'),
    ('DETROIT-AMB', '3801', 'Detroit – Ambassador Bridge (Windsor, ON)', 'LAND', 'CAN', 42.3100, -83.0740, 'DETROIT',
     '{42.33500,42.33100,42.32800,42.32550,42.32200,42.31600,42.31000,42.30100,42.29000,42.27500}', '{-82.97000,-82.99500,-83.02000,-83.04000,-83.05500,-83.06600,-83.07400,-83.08500,-83.09900,-83.11500}'),
    ('DETROIT-TUN', '3801', 'Detroit – Windsor Tunnel', 'LAND', 'CAN', 42.3255, -83.0420, 'DETROIT',
     '{42.33500,42.33100,42.32800,42.32550,42.32200,42.31600,42.31000,42.30100,42.29000,42.27500}', '{-82.97000,-82.99500,-83.02000,-83.04000,-83.05500,-83.06600,-83.07400,-83.08500,-83.09900,-83.11500}'),
    ('BUFFALO-PB', '0901', 'Buffalo – Peace Bridge (Fort Erie, ON)', 'LAND', 'CAN', 42.9060, -78.9070, 'NIAGARA',
     '{42.86500,42.88500,42.89500,42.90600,42.92500,42.94500,42.96500,42.99000,43.02000}', '{-78.93500,-78.91700,-78.91100,-78.90700,-78.91400,-78.92300,-78.93000,-78.96000,-78.99000}'),
    ('CHAMPLAIN', '0712', 'Champlain – Lacolle (I-87 / A-15)', 'LAND', 'CAN', 45.0087, -73.4532, 'P45_CHAMPLAIN',
     '{45.01000,45.00870,45.00800}', '{-73.62000,-73.45000,-73.34000}'),
    ('SAN-YSIDRO', '2504', 'San Ysidro (Tijuana, BC)', 'LAND', 'MEX', 32.5427, -117.0297, 'CALIFORNIA_SD',
     '{32.55710,32.55373,32.55035,32.54781,32.54525,32.54269,32.54013,32.53670,32.53462}', '{-116.86000,-116.90000,-116.94000,-116.97000,-117.00000,-117.03000,-117.06000,-117.10000,-117.12409}'),
    ('OTAY-MESA', '2506', 'Otay Mesa (Tijuana, BC)', 'LAND', 'MEX', 32.5503, -116.9386, 'CALIFORNIA_SD',
     '{32.55710,32.55373,32.55035,32.54781,32.54525,32.54269,32.54013,32.53670,32.53462}', '{-116.86000,-116.90000,-116.94000,-116.97000,-117.00000,-117.03000,-117.06000,-117.10000,-117.12409}'),
    ('CALEXICO-W', '2503', 'Calexico West (Mexicali, BC)', 'LAND', 'MEX', 32.6640, -115.4987, 'CALIFORNIA_CX',
     '{32.67122,32.66759,32.66395,32.66028,32.65660}', '{-115.40000,-115.45000,-115.50000,-115.55000,-115.60000}'),
    ('NOGALES-DC', '2604', 'Nogales – DeConcini (Nogales, SON)', 'LAND', 'MEX', 31.3327, -110.9424, 'ARIZONA_3120',
     '{31.33250,31.33250}', '{-110.80000,-111.07470}'),
    ('EL-PASO-PDN', '2402', 'El Paso – Paso del Norte (Ciudad Juárez, CHIH)', 'LAND', 'MEX', 31.7484, -106.4871, 'RIO_GRANDE_EL_PASO',
     '{31.73000,31.75200,31.76400,31.75300,31.74800,31.75600,31.77000,31.78350}', '{-106.39500,-106.42500,-106.45200,-106.47200,-106.48700,-106.49600,-106.51300,-106.52830}'),
    ('EL-PASO-BOTA', '2402', 'El Paso – Bridge of the Americas', 'LAND', 'MEX', 31.7640, -106.4525, 'RIO_GRANDE_EL_PASO',
     '{31.73000,31.75200,31.76400,31.75300,31.74800,31.75600,31.77000,31.78350}', '{-106.39500,-106.42500,-106.45200,-106.47200,-106.48700,-106.49600,-106.51300,-106.52830}'),
    ('LAREDO-I', '2304', 'Laredo – Gateway to the Americas (Nuevo Laredo, TAMPS)', 'LAND', 'MEX', 27.5005, -99.5065, 'RIO_GRANDE_LAREDO',
     '{27.47000,27.48500,27.49500,27.50050,27.50800,27.52000,27.54000}', '{-99.47500,-99.48700,-99.49800,-99.50650,-99.51700,-99.52800,-99.53500}'),
    ('BROWNSVILLE-GW', '2301', 'Brownsville – Gateway International (Matamoros, TAMPS)', 'LAND', 'MEX', 25.8966, -97.4981, 'RIO_GRANDE_BROWNSVILLE',
     '{25.87000,25.88500,25.89300,25.89660,25.89300,25.88500,25.88000}', '{-97.45000,-97.47500,-97.49000,-97.49810,-97.50800,-97.53000,-97.56000}'),
    ('CZBB', 'CZBB', 'Boundary Bay Airport, Delta, BC', 'AIRPORT', 'CAN', 49.0742, -123.0125, 'P49_BOUNDARY_BAY',
     '{49.00200,49.00200}', '{-123.25000,-122.85000}'),
    ('CYXX', 'CYXX', 'Abbotsford International Airport, BC', 'AIRPORT', 'CAN', 49.0253, -122.3606, 'P49_ABBOTSFORD',
     '{49.00220,49.00220}', '{-122.50000,-122.20000}'),
    ('CYQG', 'CYQG', 'Windsor International Airport, ON', 'AIRPORT', 'CAN', 42.2756, -82.9556, 'DETROIT',
     '{42.33500,42.33100,42.32800,42.32550,42.32200,42.31600,42.31000,42.30100,42.29000,42.27500}', '{-82.97000,-82.99500,-83.02000,-83.04000,-83.05500,-83.06600,-83.07400,-83.08500,-83.09900,-83.11500}'),
    ('MMTJ', 'MMTJ', 'Tijuana International Airport, BC', 'AIRPORT', 'MEX', 32.5411, -116.9700, 'CALIFORNIA_SD',
     '{32.55710,32.55373,32.55035,32.54781,32.54525,32.54269,32.54013,32.53670,32.53462}', '{-116.86000,-116.90000,-116.94000,-116.97000,-117.00000,-117.03000,-117.06000,-117.10000,-117.12409}'),
    ('MMHO', 'MMHO', 'Hermosillo International Airport, SON', 'AIRPORT', 'MEX', 29.0959, -111.0479, 'ARIZONA_3120',
     '{31.33250,31.33250}', '{-110.80000,-111.07470}');

-- A traveler app's request id is used once, and a selfie's bytes once, whatever the outcome.
create table self_report_request (
    client_id     varchar(64) not null,
    request_id    varchar(64) not null,
    selfie_digest varchar(64) not null,
    received_at   timestamptz not null,
    primary key (client_id, request_id)
);
create unique index self_report_request_selfie on self_report_request (selfie_digest);

-- Every self-report: DEPARTED ones are departures for the reconciliation, REFUSED ones are kept for
-- analysts with the refusal code. The selfie is sealed with the data cipher (AES-256-GCM) when the
-- report got as far as the face check; it is never served back.
create table self_report (
    id                uuid primary key,
    outcome           varchar(8) not null check (outcome in ('DEPARTED', 'REFUSED')),
    refusal           varchar(40),
    http_status       smallint not null,
    client_id         varchar(64) not null,
    request_id        varchar(64) not null,
    kind              varchar(16) not null check (kind in ('PEDESTRIAN', 'VEHICLE', 'BUS', 'GENERAL_AVIATION')),
    port              varchar(5),
    port_location     varchar(16) references port_location (code),
    identity_id       uuid,
    family_name       varchar(100),
    given_names       varchar(200),
    date_of_birth     date,
    nationality       varchar(3),
    document_number   varchar(35) not null,
    document_country  varchar(3) not null,
    confirmation      varchar(24) check (confirmation in ('SELF_REPORTED_BIOMETRIC', 'SELF_REPORTED_BIOGRAPHIC')),
    confidence        real,
    face_score        real,
    algorithm         varchar(40),
    algorithm_version varchar(40),
    latitude          double precision not null,
    longitude         double precision not null,
    accuracy_m        real not null,
    port_distance_m   real,
    border_distance_m real,
    liveness_passed   boolean,
    liveness_score    real,
    liveness_method   varchar(60),
    vehicle_plate     varchar(16),
    vehicle_region    varchar(8),
    bus_operator      varchar(60),
    bus_route         varchar(30),
    tail_number       varchar(10),
    selfie_format     varchar(4),
    selfie            bytea,
    reported_at       timestamptz not null,
    received_at       timestamptz not null,
    check (outcome = 'REFUSED' or (confirmation is not null and identity_id is not null and port is not null)),
    check (outcome = 'DEPARTED' or refusal is not null)
);
create index self_report_received on self_report (outcome, received_at);
create index self_report_port on self_report (port, received_at);

-- The reconciliation links self-reports as departures of their own source.
alter table recon_departure alter column source type varchar(12);
alter table recon_departure drop constraint recon_departure_source_check;
alter table recon_departure add constraint recon_departure_source_check check (source in ('CROSSING', 'PARTNER', 'SELF_REPORT'));
